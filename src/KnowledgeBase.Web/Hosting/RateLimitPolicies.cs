namespace KnowledgeBase.Web.Hosting;

/// <summary>Names of the rate-limiting policies, for <c>[EnableRateLimiting]</c>.</summary>
public static class RateLimitPolicies
{
    /// <summary>
    /// Account forms that guess or send something (sign-in, sign-up, forgotten password,
    /// reset): per client address and per form. Settings: RateLimits:Accounts.
    /// </summary>
    public const string Accounts = "accounts";
}
