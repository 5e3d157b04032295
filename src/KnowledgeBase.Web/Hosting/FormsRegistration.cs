using KnowledgeBase.Core.Content;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Hosting;

public static class FormsRegistration
{
    /// <summary>
    /// How every form is read and answered: posted text cleaned (<see cref="TextHygiene"/>),
    /// model-binding and validation messages in French (English for the English interface), no
    /// client-side validation attributes (the site has no script for them), and one status code
    /// for a form shown again with errors: 422.
    /// </summary>
    public static IServiceCollection AddKnowledgeBaseForms(this IServiceCollection services)
    {
        services.AddSingleton<IConfigureOptions<MvcOptions>, FrenchBindingMessages>();
        services.PostConfigure<MvcOptions>(o =>
        {
            o.ModelBinderProviders.Insert(0, new CleanTextBinderProvider());
            o.ModelBinderProviders.Insert(0, new CheckboxBinderProvider());
            o.ModelMetadataDetailsProviders.Add(new FrenchValidationMessages());
            // Explicit [Required] only: a non-nullable property is not "required" by itself.
            o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            o.Filters.Add<ValidationStatusFilter>();
        });
        return services;
    }
}
