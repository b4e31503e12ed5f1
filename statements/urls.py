from django.urls import path

from . import views

app_name = "statements"

urlpatterns = [
    path("", views.home, name="home"),
    path("statements/", views.statement_list, name="statement_list"),
    path("statements.<str:fmt>", views.statement_export, name="statement_export"),
    path("statements/facets/<str:name>/", views.statement_facet, name="statement_facet"),
    path("statements/<int:pk>/", views.statement_detail, name="statement_detail"),
    path("actors/", views.actor_list, name="actor_list"),
    path("actors/<slug:slug>/", views.actor_detail, name="actor_detail"),
    path("events/", views.event_list, name="event_list"),
    path("events/<slug:slug>/", views.event_detail, name="event_detail"),
    path("sources/", views.source_list, name="source_list"),
    path("sources/<int:pk>/", views.source_detail, name="source_detail"),
]
