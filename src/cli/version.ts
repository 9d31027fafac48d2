import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The package version; src/cli and dist/cli both sit two levels below package.json. */
export function packageVersion(): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
    if (typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string') return pkg.version;
  } catch {
    // fall through: a missing package.json must not stop the command line
  }
  return '0.0.0';
}
