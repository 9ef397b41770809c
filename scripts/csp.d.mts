export declare function cspDirectives(online?: readonly string[]): Record<string, string[]>;
export declare function contentSecurityPolicy(env?: Record<string, string | undefined>): {
  header: string;
  meta: string;
};
export declare function headerFromMeta(meta: string): string;
