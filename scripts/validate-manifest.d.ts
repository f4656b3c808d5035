// Types for scripts/validate-manifest.js (plain CommonJS so that it runs with node alone).
export interface ManifestValidation {
  valid: boolean;
  /** xmllint's messages, each with the file name and line. */
  errors: string[];
}
export declare const SCHEMA_DIR: string;
export declare function schemasAvailable(schemaDir?: string): boolean;
export declare function validateManifest(
  xml: string,
  options?: { fileName?: string; schemaDir?: string },
): Promise<ManifestValidation>;
