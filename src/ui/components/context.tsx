// What every component needs to draw: the interface language's messages and the theme.
import { createContext, useContext } from 'react';
import { messagesFor, type Messages, type UiLang } from '../i18n';
import { createTheme, type Theme } from '../theme';

export interface Ui {
  readonly lang: UiLang;
  readonly t: Messages;
  readonly theme: Theme;
}

const UiContext = createContext<Ui>({ lang: 'en', t: messagesFor('en'), theme: createTheme({ color: false }) });

export const UiProvider = UiContext.Provider;

export function useUi(): Ui {
  return useContext(UiContext);
}
