default_app_config = 'shop.shipping.apps.ShippingConfig'
