export declare const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>>;
export declare const CSP_HEADER: string;
export declare const CSP_META: string;
