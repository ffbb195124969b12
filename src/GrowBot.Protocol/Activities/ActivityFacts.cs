namespace GrowBot.Protocol.Activities;

// TODO(protocol helper): implement. Contract below.
public static class ActivityFacts
{
    /// <summary>Tenant id from conversation.tenantId, else channelData.tenant.id.</summary>
    public static string? TenantId(Activity activity) => throw new NotImplementedException();

    /// <summary>True for conversationType channel or groupChat, or isGroup.</summary>
    public static bool IsGroup(Activity activity) => throw new NotImplementedException();

    /// <summary>Sets type (if missing), from = inbound recipient, recipient = inbound from, conversation, channelId, serviceUrl, replyToId = inbound id, locale.</summary>
    public static void AddressReply(Activity inbound, Activity reply) => throw new NotImplementedException();
}

// TODO(protocol helper): implement. Removes each mention entity text whose mentioned.id equals recipient.id, then trims.
public static class MentionText
{
    public static string StripBotMention(Activity activity) => throw new NotImplementedException();
}

// TODO(protocol helper): implement. activity.locale, else clientInfo entity locale, else null.
public static class LocaleResolver
{
    public static string? FromActivity(Activity activity) => throw new NotImplementedException();
}
