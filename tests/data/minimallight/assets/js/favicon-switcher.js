// the theme switches its favicon with the colour scheme
