using AirGappedRecovery;
using Backup.Iac;

return AirGappedRecoveryEstate.Build().Run(args);
