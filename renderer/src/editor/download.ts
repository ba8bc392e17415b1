/** Hands bytes (as base64) to the browser as a download with the given file name. */
export function downloadBase64(name: string, base64: string, type: string): void {
  const binary = atob(base64);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The browser has taken the file once the click is handled.
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
