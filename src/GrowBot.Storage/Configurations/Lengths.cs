namespace GrowBot.Storage.Configurations;

/// <summary>Maximum lengths of key and code columns.</summary>
internal static class Lengths
{
    public const int TenantId = 64;
    public const int Id = 128;
    public const int Code = 64;
    public const int Enum = 32;

    /// <summary>Teams conversation and user ids can be long (a:1… ids exceed 100 characters).</summary>
    public const int ConversationId = 512;
}
