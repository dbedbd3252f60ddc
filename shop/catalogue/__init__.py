default_app_config = 'shop.catalogue.apps.CatalogueConfig'
