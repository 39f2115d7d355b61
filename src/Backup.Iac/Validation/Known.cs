namespace Backup.Iac.Validation;

/// <summary>Durations as the checks see them: a value known only at deploy time is treated as absent (never range-checked).</summary>
internal static class Known
{
    /// <summary>The duration when its length is known at synth time, else null.</summary>
    public static Duration? Value(Duration? duration) => duration is { IsUnresolved: false } d ? d : null;
}
