/* Task pane entry. The pane UI arrives with the task pane issue; for now it reports readiness. */
Office.onReady((info) => {
  const status = document.getElementById("status");
  if (!status) return;
  status.textContent = info.host === Office.HostType.Excel ? "Ready. Type =KPI. in a cell to use the functions." : "Open this add-in in Excel.";
});
