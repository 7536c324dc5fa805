/** Makes the active message catalogue available to every component without prop drilling. */
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { Messages } from './messages';
import { messagesNl } from './messagesNl';

const MessagesContext = createContext<Messages>(messagesNl);

export interface MessagesProviderProps {
  messages: Messages;
  children: ReactNode;
}

/** Provides `messages` to the tree below; Dutch when no provider is present. */
export function MessagesProvider({ messages, children }: MessagesProviderProps) {
  return <MessagesContext.Provider value={messages}>{children}</MessagesContext.Provider>;
}

/** The active catalogue. */
export function useMessages(): Messages {
  return useContext(MessagesContext);
}
