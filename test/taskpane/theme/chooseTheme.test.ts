import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { chooseThemaNaam, getFluentTheme, measureLuminance } from '../../../src/taskpane/theme/chooseTheme';

describe('chooseTheme', () => {
  it('follows isDarkTheme when Office gives it', () => {
    expect(chooseThemaNaam({ isDarkTheme: true, bodyBackgroundColor: '#FFFFFF' })).toBe('donker');
    expect(chooseThemaNaam({ isDarkTheme: false, bodyBackgroundColor: '#000000' })).toBe('licht');
  });

  it('else decides on the pane background: Office\'s dark grey and black are dark, white and colorful are light', () => {
    expect(chooseThemaNaam({ bodyBackgroundColor: '#262626' })).toBe('donker');
    expect(chooseThemaNaam({ bodyBackgroundColor: '#000000' })).toBe('donker');
    expect(chooseThemaNaam({ bodyBackgroundColor: '#FFFFFF' })).toBe('licht');
    expect(chooseThemaNaam({ bodyBackgroundColor: '#E6E6E6' })).toBe('licht');
    expect(chooseThemaNaam({ bodyBackgroundColor: 'geen kleur' })).toBe('licht');
    expect(chooseThemaNaam(undefined)).toBe('licht');
  });

  it('measures WCAG luminance', () => {
    expect(measureLuminance('#FFFFFF')).toBeCloseTo(1, 10);
    expect(measureLuminance('000000')).toBe(0);
    expect(measureLuminance('#808080')).toBeCloseTo(0.2158605, 6);
    expect(measureLuminance('#FFF')).toBeNull();
  });

  it('maps the name to the Fluent web theme', () => {
    expect(getFluentTheme('donker')).toBe(webDarkTheme);
    expect(getFluentTheme('licht')).toBe(webLightTheme);
  });
});
