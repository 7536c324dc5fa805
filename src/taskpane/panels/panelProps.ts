/** What every tab panel gets: the controller for actions and its current state. */
import type { TaskPaneController } from '../controller/TaskPaneController';
import type { TaskPaneState } from '../controller/taskPaneState';

export interface PanelProps {
  controller: TaskPaneController;
  state: TaskPaneState;
}
