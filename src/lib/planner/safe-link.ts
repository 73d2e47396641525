const allowed = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * The address to put in an href, or null when it must be shown as plain text: only web, email
 * and phone links are ever rendered, so a stored `javascript:` or `data:` URL cannot run.
 */
export function safeHref(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  return allowed.has(url.protocol) ? url.href : null;
}

/** A mailto: link for something that looks like one email address, else null. */
export function mailtoHref(email: string): string | null {
  const trimmed = email.trim();
  return /^[^\s@<>"]+@[^\s@<>"]+$/.test(trimmed) ? safeHref(`mailto:${trimmed}`) : null;
}

/** A tel: link for something that looks like a phone number, else null. */
export function telHref(phone: string): string | null {
  const digits = phone.replace(/[\s().-]/g, '');
  return /^\+?\d{3,20}$/.test(digits) ? `tel:${digits}` : null;
}
