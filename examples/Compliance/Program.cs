using Backup.Iac;
using Compliance;

return ComplianceEstate.Build().Run(args);
