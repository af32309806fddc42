// Base frame only: the helper who owns this folder replaces it.
export function ImportScreen() {
  return null;
}
