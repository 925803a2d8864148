// Messages of the ASN's "JP saya", the supervisor's team JP, the JP policy editor and year-end close.
export const jpId = {
  title: "",
};
