name = 'Taipan
