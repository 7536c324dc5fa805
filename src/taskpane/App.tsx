/**
 * The task pane's root: Fluent UI provider with the Office theme, the message catalogue of the
 * display language, and one controller bound to the host the caller passes in (Excel, or the
 * browser preview's in-memory workbook).
 */
import { FluentProvider } from '@fluentui/react-components';
import { useEffect, useMemo } from 'react';
import type { HostActions } from '../core/hostPort';
import { TaskPaneController } from './controller/TaskPaneController';
import type { TaskPaneControllerOptions } from './controller/TaskPaneController';
import { getMessages } from './i18n/chooseTaal';
import type { Taal } from './i18n/messages';
import { MessagesProvider } from './i18n/MessagesContext';
import { TaskPane } from './TaskPane';
import { getFluentTheme } from './theme/chooseTheme';
import type { ThemaNaam } from './theme/chooseTheme';

export interface AppProps {
  host: HostActions;
  taal: Taal;
  thema: ThemaNaam;
  controllerOptions?: TaskPaneControllerOptions;
}

/** Renders the whole task pane for `host`; a new host gets a fresh controller. */
export function App({ host, taal, thema, controllerOptions }: AppProps) {
  const controller = useMemo(() => new TaskPaneController(host, controllerOptions), [host, controllerOptions]);
  useEffect(() => {
    void controller.init();
    return () => controller.dispose();
  }, [controller]);
  return (
    <FluentProvider theme={getFluentTheme(thema)} style={{ height: '100%' }} lang={taal}>
      <MessagesProvider messages={getMessages(taal)}>
        <TaskPane controller={controller} />
      </MessagesProvider>
    </FluentProvider>
  );
}
