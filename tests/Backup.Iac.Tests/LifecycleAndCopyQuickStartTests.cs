namespace Backup.Iac.Tests;

/// <summary>The lifecycle (BKP22xx) and copy (BKP23xx) rules stay silent on the quick start, a normal estate.</summary>
public class LifecycleAndCopyQuickStartTests
{
    [Fact]
    public void The_quick_start_has_no_lifecycle_or_copy_diagnostics()
    {
        var diagnostics = QuickStart.QuickStartEstate.Build().Synth().Diagnostics;
        var ours = diagnostics.Where(d => d.Code.StartsWith("BKP22", StringComparison.Ordinal) || d.Code.StartsWith("BKP23", StringComparison.Ordinal));
        Assert.Empty(ours);
    }
}
