using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Data;
using KnowledgeBase.Web.Features.Account;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Hosting;

public static class IdentityRegistration
{
    /// <summary>
    /// Accounts: ASP.NET Core Identity on our EF stores with French messages, the session
    /// cookie, the data-protection keys that sign it, email and the account rate limits.
    /// Identity defaults are overridable in the "Identity" section (e.g.
    /// Identity:Lockout:MaxFailedAccessAttempts, Identity:Lockout:DefaultLockoutTimeSpan).
    /// </summary>
    public static IHostApplicationBuilder AddKnowledgeBaseAccounts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddIdentity<Member, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // The user name is the email address, checked as such: any character it may hold.
                o.User.AllowedUserNameCharacters = "";
                o.SignIn.RequireConfirmedEmail = true;
                // Length over composition rules (ANSSI, NIST SP 800-63B).
                o.Password.RequiredLength = 10;
                o.Password.RequiredUniqueChars = 4;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<KnowledgeBaseDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<FrenchIdentityErrorDescriber>();
        services.Configure<IdentityOptions>(builder.Configuration.GetSection("Identity"));

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/compte/connexion";
            o.LogoutPath = "/compte/deconnexion";
            o.AccessDeniedPath = "/compte/acces-refuse";
            o.ReturnUrlParameter = "returnUrl";
            o.Cookie.Name = ".KnowledgeBase.Session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request is HTTPS (always in production, behind HSTS).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.SlidingExpiration = true;
            // A signed-in person refused by role gets a 403 on the address they asked for (the
            // French error page), not a redirect that hides the refusal.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // Role changes and account deletion reach open sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.Configure<CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.IsEssential = true;
        });

        // Session cookies, antiforgery tokens and emailed links are protected with these keys.
        // Every web node must read the same keys under the same application name, or a member
        // signed in on one node is a stranger on the next: they live in the shared database
        // (DataProtectionKeys table). DataProtection:KeysPath keeps them in a folder instead
        // (relative to the data folder), for a deployment that prefers to share that.
        var dataProtection = services.AddDataProtection().SetApplicationName("KnowledgeBase");
        if (builder.Configuration["DataProtection:KeysPath"] is { Length: > 0 } keysPath)
            services.AddOptions<KeyManagementOptions>().Configure<AppPaths, ILoggerFactory>((o, paths, logs) =>
                o.XmlRepository = new FileSystemXmlRepository(
                    new DirectoryInfo(Path.GetFullPath(Path.Combine(paths.DataFolder, keysPath))), logs));
        else
            dataProtection.PersistKeysToDbContext<KnowledgeBaseDbContext>();

        // Form error messages written in French in the view models are keys of SharedResource.
        services.AddControllersWithViews().AddDataAnnotationsLocalization(o =>
            o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

        services.AddMemoryCache();
        services.AddHttpContextAccessor();
        services.AddScoped<AccountDeletion>();
        services.AddScoped<MemberDirectory>();
        services.AddScoped<RoleAssignment>();
        services.AddScoped<AccountLinks>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<Registration>();
        services.AddScoped<MemberSignIn>();
        services.AddScoped<Passwords>();
        services.AddScoped<Profiles>();

        builder.AddKnowledgeBaseEmail();
        builder.AddKnowledgeBaseRateLimits();
        return builder;
    }
}
