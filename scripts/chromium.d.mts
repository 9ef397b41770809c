export declare const SYSTEM_CHROMIUM: string | undefined;
export declare const CHROMIUM_ARGS: string[];
