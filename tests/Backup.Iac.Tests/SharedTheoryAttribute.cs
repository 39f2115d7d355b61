namespace Backup.Iac.Tests;

/// <summary>A theory that reads ../shared (its data too): skipped with the reason where the folder is missing, except under CI=true (<see cref="Repo.SharedSkipReason"/>).</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute()
    {
        if (Repo.SharedSkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
