// Messages of the ASN's catalog, program page, "my training" and inbox.
export const trainingAsnId = {
  catalogTitle: "Katalog pelatihan",
};
