using Backup.Iac;
using QuickStart;

return QuickStartEstate.Build().Run(args);
