// Messages of the admin/operator compliance dashboard, drill-down list and exports.
export const complianceAdminId = {
  title: "",
};
