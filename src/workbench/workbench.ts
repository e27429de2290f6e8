/* Browser workbench entry: arrives with the task pane issue. */
export {};
