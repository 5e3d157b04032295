using System.ComponentModel.DataAnnotations;
using KnowledgeBase.Core.Content;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;
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

/// <summary>Cleans every posted or queried string before it reaches a form model.</summary>
public sealed class CleanTextBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        if (context.Metadata.ModelType != typeof(string) || context.BindingInfo.BindingSource?.IsGreedy == true) return null;
        var loggers = context.Services.GetRequiredService<ILoggerFactory>();
        return new CleanTextBinder(new SimpleTypeModelBinder(typeof(string), loggers));
    }

    private sealed class CleanTextBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext context)
        {
            await inner.BindModelAsync(context);
            if (context.Result.Model is not string text) return;
            var cleaned = TextHygiene.Clean(text);
            if (ReferenceEquals(cleaned, text)) return;
            context.Result = ModelBindingResult.Success(cleaned);
            // A form shown again shows the cleaned text, not what was refused.
            context.ModelState.SetModelValue(context.ModelName, cleaned, cleaned);
        }
    }
}

/// <summary>
/// A yes/no field that receives anything but true or false gets its French message, and the
/// form is shown again unticked: the framework would otherwise try to show the refused value
/// in the checkbox and fail (a 500).
/// </summary>
public sealed class CheckboxBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = context.Metadata.ModelType;
        if (type != typeof(bool) && type != typeof(bool?)) return null;
        return new CheckboxBinder(new SimpleTypeModelBinder(type, context.Services.GetRequiredService<ILoggerFactory>()));
    }

    private sealed class CheckboxBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext context)
        {
            await inner.BindModelAsync(context);
            if (context.ModelState.TryGetValue(context.ModelName, out var entry) && entry.Errors.Count > 0)
                context.ModelState.SetModelValue(context.ModelName, rawValue: null, attemptedValue: null);
        }
    }
}

/// <summary>The framework's model-binding messages ("The value 'x' is not valid for Y."), in French, localized.</summary>
public sealed class FrenchBindingMessages(IStringLocalizerFactory localizers) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var T = localizers.Create(typeof(SharedResource));
        var m = options.ModelBindingMessageProvider;
        m.SetAttemptedValueIsInvalidAccessor((value, field) => T["La valeur « {0} » n'est pas valable pour « {1} ».", value, field]);
        m.SetUnknownValueIsInvalidAccessor(field => T["La valeur indiquée n'est pas valable pour « {0} ».", field]);
        m.SetValueIsInvalidAccessor(value => T["La valeur « {0} » n'est pas valable.", value]);
        m.SetValueMustBeANumberAccessor(field => T["« {0} » doit être un nombre.", field]);
        m.SetMissingBindRequiredValueAccessor(field => T["Indiquez une valeur pour « {0} ».", field]);
        m.SetMissingKeyOrValueAccessor(() => T["Une valeur est attendue."]);
        m.SetMissingRequestBodyRequiredValueAccessor(() => T["Le formulaire envoyé est vide."]);
        m.SetValueMustNotBeNullAccessor(value => T["La valeur « {0} » n'est pas valable.", value]);
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => T["La valeur « {0} » n'est pas valable.", value]);
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => T["La valeur indiquée n'est pas valable."]);
        m.SetNonPropertyValueMustBeANumberAccessor(() => T["Ce champ doit être un nombre."]);
    }
}

/// <summary>
/// Validation attributes written without a message get a French one (a key of
/// SharedResource, so English too), instead of the framework's English default.
/// </summary>
public sealed class FrenchValidationMessages : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessage is not null || attribute.ErrorMessageResourceName is not null) continue;
            attribute.ErrorMessage = attribute switch
            {
                RequiredAttribute => "Le champ « {0} » est obligatoire.",
                StringLengthAttribute { MinimumLength: > 0 } => "« {0} » compte entre {2} et {1} caractères.",
                StringLengthAttribute or MaxLengthAttribute => "« {0} » compte au plus {1} caractères.",
                RangeAttribute => "« {0} » doit être compris entre {1} et {2}.",
                EmailAddressAttribute => "« {0} » n'est pas une adresse électronique valable.",
                CompareAttribute => "« {0} » et « {1} » ne correspondent pas.",
                _ => "La valeur de « {0} » n'est pas valable.",
            };
        }
    }
}

/// <summary>A form shown again because of its errors answers 422, whatever form it is.</summary>
public sealed class ValidationStatusFilter : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (!HttpMethods.IsPost(context.HttpContext.Request.Method) || context.ModelState.IsValid) return;
        if (context.Result is ViewResult { StatusCode: null or StatusCodes.Status200OK } view
            && context.HttpContext.Response.StatusCode == StatusCodes.Status200OK)
            view.StatusCode = StatusCodes.Status422UnprocessableEntity;
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
