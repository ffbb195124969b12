namespace GrowBot.LocalChannel.Personas;

/// <summary>
/// The personas offered by the local browser chat. The default implementation reads the
/// configuration section <c>LocalChannel:Personas</c>; register another implementation as a singleton
/// (before or after <c>AddLocalChannel</c>) to offer the people of a demo company instead.
/// </summary>
public interface ILocalPersonaSource
{
    /// <summary>Lists the personas in the order the page shows them; the first one is preselected.</summary>
    Task<IReadOnlyList<LocalPersona>> ListAsync(CancellationToken cancellationToken);
}
