using Backup.Iac.Catalog;
using Backup.Iac.Graph.CloudFormation;

namespace Backup.Iac.Validation.Facts;

/// <summary>
/// PLAN-012: a plan that enables Windows VSS and a selection that reaches an EC2 instance of the app whose
/// <c>InstanceType</c> is one the guide lists as not supported for VSS-enabled backups (<c>t3.nano</c>, <c>t3.micro</c>,
/// <c>t3a.nano</c>, <c>t3a.micro</c>, <c>t2.nano</c>, <c>t2.micro</c>; DG L8493-8505): too small to take the backup
/// successfully (warning). An instance type chosen at deploy time is not judged.
/// </summary>
internal sealed class VssOnUnsupportedInstanceType : IValidator<BackupSelection>
{
    private static readonly HashSet<string> Unsupported = new(["t3.nano", "t3.micro", "t3a.nano", "t3a.micro", "t2.nano", "t2.micro"], StringComparer.Ordinal);

    public void Check(BackupSelection selection, ValidationContext context)
    {
        var settings = selection.Plan.Props.AdvancedBackupSettings;
        var vss = Enumerable.Range(0, settings.Count).FirstOrDefault(i => settings[i] is { ResourceType: ResourceTypeFacts.Ec2, BackupOptions: { } options }
            && options.TryGetValue("WindowsVSS", out var value) && value == "enabled", -1);
        if (vss < 0)
        {
            return;
        }

        foreach (var instance in context.Facts.Resources.OfType(ResourceFacts.Instance))
        {
            if (FactValues.Text(FactValues.Get(instance.Properties, CfnInstance.InstanceType)) is not { } type || !Unsupported.Contains(type))
            {
                continue;
            }

            var (reach, how) = SelectedResources.Reaches(selection, context, instance, "ec2");
            if (reach == Reach.None)
            {
                continue;
            }

            var named = SelectedResources.Named(selection, context, ResourceFacts.Instance).Where(n => n.Resource == instance).Select(n => (int?)n.Index).FirstOrDefault();
            var path = named is { } i ? PropertyPath.Of(nameof(BackupSelectionOptions.Resources)).Index(i) : nameof(BackupSelectionOptions.Resources);
            context.Report(ResourceFactConstraints.VssOnUnsupportedInstanceType, selection, null, path,
                instance.Id, type, reach == Reach.Named ? "by its ARN" : how, vss);
        }
    }
}
