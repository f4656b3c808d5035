// Types for scripts/manifest-url.js (plain CommonJS so that webpack.config.js can require it).
export declare const DEV_URL: string;
export declare const DEFAULT_PUBLIC_URL: string;
export declare function normalizePublicUrl(url: string): string;
export declare function publicUrlFromEnv(env?: Record<string, string | undefined>): string;
export declare function withPublicUrl(xml: string, publicUrl: string): string;
