/** React binding of the controller's state. */
import { useSyncExternalStore } from 'react';
import type { TaskPaneController } from './TaskPaneController';
import type { TaskPaneState } from './taskPaneState';

/** The controller's current state; the component re-renders on every change. */
export function useTaskPaneState(controller: TaskPaneController): TaskPaneState {
  return useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
}
