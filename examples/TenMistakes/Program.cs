using Backup.Iac;
using TenMistakes;

return TenMistakesEstate.Build().Run(args);
