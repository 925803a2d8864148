// Messages of certificates (STTPP): the ASN's list, the admin's settings and revocation, the public verification page.
export const certificateId = {
  title: "",
};
