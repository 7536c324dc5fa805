/** Picks the catalogue for Office's display language: English for any "en-…", Dutch otherwise. */
import type { Messages, Taal } from './messages';
import { messagesEn } from './messagesEn';
import { messagesNl } from './messagesNl';

/**
 * The language for a BCP 47 tag such as Office.context.displayLanguage ("en-US", "nl-NL").
 * Dutch is the default: the add-in is made for Dutch municipalities, so every language other
 * than English (German, Frisian, …) falls back to Dutch rather than to English.
 */
export function chooseTaal(displayLanguage: string | null | undefined): Taal {
  return /^en(?:[-_]|$)/i.test((displayLanguage ?? '').trim()) ? 'en' : 'nl';
}

/** The message catalogue of a language. */
export function getMessages(taal: Taal): Messages {
  return taal === 'en' ? messagesEn : messagesNl;
}
