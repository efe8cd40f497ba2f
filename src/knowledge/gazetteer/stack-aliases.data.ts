/**
 * Names people type for a vendor in their own stack (`profile stack …`) that the extraction gazetteer
 * leaves out on purpose because they are ordinary words in news text ("Drift", "Segment"), plus common
 * abbreviations. Keys are matched in compact form (lower case, letters and digits only); values are
 * canonical names from vendors.ts. One line per alias.
 */
export const STACK_ALIASES: Record<string, string> = {
  drift: "Salesloft Drift",
  salesloftdrift: "Salesloft Drift",
  sfdc: "Salesforce",
  dynamics: "Microsoft Dynamics",
  d365: "Microsoft Dynamics",
  m365: "Microsoft 365",
  o365: "Microsoft 365",
  entra: "Microsoft Entra ID",
  azuread: "Microsoft Entra ID",
  gcp: "Google Cloud",
  gsuite: "Google Workspace",
  duo: "Cisco Duo",
  nice: "NICE CXone",
  cxone: "NICE CXone",
  netsuite: "Oracle",
  successfactors: "SAP",
  confluence: "Atlassian",
  sharefile: "Citrix ShareFile",
  moveittransfer: "MOVEit",
  goanywheremft: "GoAnywhere",
  servicecloud: "Salesforce",
  marketingcloud: "Salesforce",
};
