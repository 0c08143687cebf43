/** Copy actions exist only where the async Clipboard API does (secure contexts, modern engines). */
export function canCopy(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.clipboard?.writeText === 'function';
}
