namespace Backup.Iac;

/// <summary>A copy of each recovery point to another vault (<c>CopyActions</c>), possibly in another Region or account.</summary>
public sealed record CopyAction
{
    /// <summary>The destination vault: a vault of this app, or <see cref="BackupVault.FromArn"/>.</summary>
    public required IBackupVault Destination { get; init; }

    /// <summary>The copy's own lifecycle.</summary>
    /// <value>Default: none; the copy keeps the source's retention.</value>
    public Lifecycle? Lifecycle { get; init; }

    /// <summary>A copy to <paramref name="destination"/> kept for <paramref name="retention"/>.</summary>
    /// <param name="destination">The destination vault.</param>
    /// <param name="retention">How long the copy is kept.</param>
    /// <returns>The copy action.</returns>
    public static CopyAction To(IBackupVault destination, Duration? retention = null) =>
        new() { Destination = destination, Lifecycle = retention is { } r ? Iac.Lifecycle.Retain(r) : null };
}
