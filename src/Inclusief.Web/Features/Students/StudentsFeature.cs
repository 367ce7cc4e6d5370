using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Students;

public static class StudentsFeature
{
    public static IServiceCollection AddStudents(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(StudentPermissions.Coordinate, StaffPolicy.For(StaffRoles.Coordinator));
        services.AddScoped<IAuthorizationHandler, AssignmentAuthorizationHandler>();
        services.AddScoped<StudentMail>();
        services.AddScoped<Infrastructure.Privacy.IPersonalData, StudentPersonalData>();
        services.AddSingleton(new StaffMenuCount("/Students/Admin/Index", "{0} reacties van studenten wachten op een besluit",
            db => db.Set<AssignmentApplication>().CountAsync(a => a.Status == ApplicationStatus.Pending)));
        return services;
    }
}
