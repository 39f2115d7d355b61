using Backup.Iac.Cli;

return CliApp.Run(args, Console.Out, Console.Error);
