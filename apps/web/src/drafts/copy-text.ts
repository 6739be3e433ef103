/**
 * Copy with the Clipboard API. Resolves false (never throws) when the browser refuses
 * (no permission, insecure context, old browser), so the caller can offer the fallback.
 */
export async function copyText(text: string): Promise<boolean> {
  // The API is missing outside secure contexts, whatever the DOM typings say.
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
