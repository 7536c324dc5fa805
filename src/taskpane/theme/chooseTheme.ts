/** Light or dark Fluent theme to match the Office theme the user picked. */
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';

export type ThemaNaam = 'licht' | 'donker';

/** The part of Office.context.officeTheme this needs (isDarkTheme is only in newer hosts). */
export interface OfficeThemeLike {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

/** Relative luminance (WCAG) of "#RRGGBB" or "RRGGBB"; null for anything else. */
export function measureLuminance(colour: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((hex) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Dark when Office says so, else when the pane's background is dark (luminance below the
 * mid-grey 0.18, where black and white text contrast equally); light when nothing is known.
 */
export function chooseThemaNaam(theme: OfficeThemeLike | null | undefined): ThemaNaam {
  if (!theme) return 'licht';
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme ? 'donker' : 'licht';
  const luminance = theme.bodyBackgroundColor ? measureLuminance(theme.bodyBackgroundColor) : null;
  return luminance !== null && luminance < 0.18 ? 'donker' : 'licht';
}

/** The Fluent theme object for a theme name. */
export function getFluentTheme(naam: ThemaNaam): Theme {
  return naam === 'donker' ? webDarkTheme : webLightTheme;
}
