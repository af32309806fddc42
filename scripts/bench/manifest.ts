/**
 * What a generated data folder says about itself (<dir>/generated.json, written
 * by scripts/generate): how to open it and what to type into it.
 */
export interface GeneratedManifest {
  dir: string;
  adminLogin: string;
  adminPassword: string;
  recoveryPassphrase: string;
  counts: Record<string, number>;
  samples: {
    names: string[];
    pinyin: string[];
    initials: string[];
    phones: string[];
    companies: string[];
    badgeNos: string[];
  };
}

export const MANIFEST_FILE = 'generated.json';
