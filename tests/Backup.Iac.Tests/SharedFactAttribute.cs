namespace Backup.Iac.Tests;

/// <summary>A fact that reads ../shared: skipped with the reason where the folder is missing, except under CI=true (<see cref="Repo.SharedSkipReason"/>).</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (Repo.SharedSkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
