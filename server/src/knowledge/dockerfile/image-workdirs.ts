/**
 * The working directory some official images set with their own WORKDIR, so a stage built on them starts there
 * instead of `/`. Read from the images' Dockerfiles (docker-library); only images whose every variant, or the
 * variants a tag names, set one are listed.
 */
import { type ImageIdentity, normalizeImageName } from './base-images';

interface ImageWorkdir {
  /** The normalised name (`normalizeImageName`). */
  readonly name: string;
  /** When set, only tags holding one of these words as a `-`-separated part (php's `fpm` and `apache`). */
  readonly tagWords?: readonly string[];
  readonly workdir: string;
}

const IMAGE_WORKDIRS: readonly ImageWorkdir[] = [
  { name: 'golang', workdir: '/go' },
  { name: 'php', tagWords: ['fpm', 'apache'], workdir: '/var/www/html' },
  { name: 'wordpress', workdir: '/var/www/html' },
  { name: 'httpd', workdir: '/usr/local/apache2' },
  { name: 'tomcat', workdir: '/usr/local/tomcat' },
];

/** The WORKDIR the image itself sets, when it is one of the known official images; undefined otherwise. */
export function imageWorkdir(image: ImageIdentity): string | undefined {
  const name = normalizeImageName(image);
  const tagParts = (image.tag ?? '').toLowerCase().split('-');
  for (const entry of IMAGE_WORKDIRS) {
    if (entry.name !== name) continue;
    if (entry.tagWords && !entry.tagWords.some((w) => tagParts.includes(w))) continue;
    return entry.workdir;
  }
  return undefined;
}
