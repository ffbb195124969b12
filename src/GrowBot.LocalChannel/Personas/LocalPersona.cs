namespace GrowBot.LocalChannel.Personas;

/// <summary>
/// A demo user that the local browser chat can act as. The channel sends activities from
/// <c>29:local-{Key}</c> with <see cref="AadObjectId"/> in <see cref="TenantId"/>, as Teams would.
/// </summary>
/// <param name="Key">Stable identifier, unique among personas. It becomes part of the user id and of connector URLs, so keep it to letters, digits, '-' and '_'.</param>
/// <param name="DisplayNameEn">Name shown and sent to the bot when the page is in English.</param>
/// <param name="DisplayNameZh">Name shown and sent to the bot when the page is in Chinese.</param>
/// <param name="AadObjectId">Entra object id the bot uses to look the person up.</param>
/// <param name="RoleLabelEn">Role shown next to the name in the persona switcher, in English.</param>
/// <param name="RoleLabelZh">Role shown next to the name in the persona switcher, in Chinese.</param>
/// <param name="TenantId">Tenant id carried in <c>conversation.tenantId</c> and <c>channelData.tenant.id</c>.</param>
public sealed record LocalPersona(
    string Key,
    string DisplayNameEn,
    string DisplayNameZh,
    string AadObjectId,
    string RoleLabelEn,
    string RoleLabelZh,
    string TenantId)
{
    /// <summary>The Teams user id (MRI) of the persona in the local channel.</summary>
    public string UserId => "29:local-" + Key;

    /// <summary>Returns the display name for a locale: Chinese for every <c>zh*</c> locale, English otherwise.</summary>
    public string DisplayName(string locale) => IsChinese(locale) ? DisplayNameZh : DisplayNameEn;

    /// <summary>Returns the role label for a locale: Chinese for every <c>zh*</c> locale, English otherwise.</summary>
    public string RoleLabel(string locale) => IsChinese(locale) ? RoleLabelZh : RoleLabelEn;

    private static bool IsChinese(string locale) => locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
}
